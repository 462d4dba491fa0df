"""Running as a service: logging, metrics and their endpoint, systemd notify, the health snapshot, db copy."""
