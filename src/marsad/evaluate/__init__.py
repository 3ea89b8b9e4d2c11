"""Scoring Marsad against gold files: sentence-level detection and event-level matching."""
