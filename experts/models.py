"""Expert profiles, the skills taxonomy and availability."""
