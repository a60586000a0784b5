"""Public pages: home, health check, language switch, error pages."""
