"""The Arabic text layer: normalisation with an offset map, segmentation and clitic-aware tokens."""
