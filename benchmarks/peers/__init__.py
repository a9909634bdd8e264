"""What people would use instead: the peers measured in the same run as our bot."""
