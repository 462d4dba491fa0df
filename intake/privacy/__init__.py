"""Privacy operations at the edge: turning staff input into queries, writing exports, erasing mailbox copies."""
