"""Matching experts to partner requests: explained scores (`scoring`) and the
optimal batch assignment (`assignment`). Pure: plain data in, plain data
out, no Django."""

from experts.matching.assignment import (
    batch_assign,
    candidate_edges,
    inputs_fingerprint,
    solve_b_matching,
    solve_b_matching_sparse,
)
from experts.matching.scoring import (
    CEFR_LABELS,
    LANGUAGE_NAMES,
    MAX_SCORE,
    SCALE,
    WEIGHTS,
    WORKING_LEVEL,
    Assignment,
    ExpertData,
    ExpertPool,
    Explanation,
    Reason,
    RequestData,
    Scored,
)

__all__ = [
    "CEFR_LABELS",
    "LANGUAGE_NAMES",
    "MAX_SCORE",
    "SCALE",
    "WEIGHTS",
    "WORKING_LEVEL",
    "Assignment",
    "ExpertData",
    "ExpertPool",
    "Explanation",
    "Reason",
    "RequestData",
    "Scored",
    "batch_assign",
    "candidate_edges",
    "inputs_fingerprint",
    "solve_b_matching",
    "solve_b_matching_sparse",
]
