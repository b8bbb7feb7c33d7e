"""The Qt interface: it presents and delegates; the rules live in domain and operations."""
