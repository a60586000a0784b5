"""Readiness reports: building, signing, PDF rendering, the applicant's pages and public verification."""
