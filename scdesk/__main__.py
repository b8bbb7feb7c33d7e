from scdesk.cli.main import main

main()
