"""Extractors: stages that find mentions (quantities, triggers, actors, places, dates) in a document."""
