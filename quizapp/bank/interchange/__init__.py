"""Interchange with Moodle: export the bank to Moodle XML and GIFT, import Moodle XML.

The bank's own files stay the source of truth: exporters write one concrete variant per item (seed 0), in the
closest Moodle type, with quizapp's metadata in tags so that an import gives the items back.
"""
