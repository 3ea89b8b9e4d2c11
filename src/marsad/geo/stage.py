"""The pipeline stage that finds and resolves the place mentions of a document."""

from __future__ import annotations

from collections import Counter

from marsad.geo.clues import country_words
from marsad.geo.geocoder import Geocoder, default_geocoder
from marsad.model.document import Document
from marsad.text.matcher import PhraseMatcher


class PlaceStage:
    """Sets ``doc.places``: every place mention with its cue, qualifier, container, antecedent and
    resolved place (or the reason it was declined)."""

    name = "places"
    requires = frozenset({"norm", "sentences", "tokens", "actor_countries"})
    assigns = frozenset({"places", "countries", "countries_mentioned"})

    def __init__(self, geocoder: Geocoder | None = None) -> None:
        self._geocoder = geocoder

    @property
    def geocoder(self) -> Geocoder:
        if self._geocoder is None:
            self._geocoder = default_geocoder()
        return self._geocoder

    def matchers(self) -> list[PhraseMatcher[str]]:
        return [self.geocoder.gazetteer.matcher]

    def __call__(self, doc: Document) -> None:
        geocoder = self.geocoder
        # the country names of the text, read once for both the place clues and the countries named
        named = country_words(doc.norm, geocoder.gazetteer) if doc.norm is not None else None
        hints = geocoder.country_hints(doc, named)  # (read once: for the places and the countries mentioned)
        # the home countries of the armed actors named are clues to where the places are too, not countries
        # the text names ("طرابلس" beside "قوات حفتر" is in Libya)
        doc.places = geocoder.geocode(
            doc, named, hints + Counter(doc.actor_countries) if doc.actor_countries else hints
        )
        doc.countries = geocoder.countries_named(doc, named)
        doc.countries_mentioned = geocoder.countries_mentioned(doc, named, hints)
