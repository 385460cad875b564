"""Training content (Wagtail pages), enrolments, sessions and progress."""
