"""Tinybots Intake: the email intake daemon behind help@tinybots.nl."""
