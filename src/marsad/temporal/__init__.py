"""Arabic temporal expressions: a rule grammar over time words, resolved against the publication date.

Entry points: :func:`marsad.temporal.grammar.find_dates` and :class:`marsad.temporal.stage.DateStage`.
"""
