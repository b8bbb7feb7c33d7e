"""The bundle's entry point: the same `scdesk` command as an installed package."""

from scdesk.cli.main import main

if __name__ == "__main__":
    main()
