"""Every set name `wirecheck eval` offers resolves to a scorer."""

from __future__ import annotations

import pytest

from wirecheck.evaluate import UnknownSet, available, scorer


@pytest.mark.parametrize("name", available())
def test_every_offered_set_has_a_scorer(name: str) -> None:
    assert callable(scorer(name))


def test_the_pipeline_variant_of_ecbplus_is_offered_and_unknown_names_are_refused() -> None:
    assert {"ecbplus", "ecbplus-pipeline"} <= set(available())
    with pytest.raises(UnknownSet):
        scorer("ecbplus-everything")
