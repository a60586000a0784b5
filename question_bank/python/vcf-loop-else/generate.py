"""Draw a list for a for/continue/break/else trace whose likely misreadings all give different outputs."""

from __future__ import annotations

from typing import Any


def run(nums: list[int], limit: int, skip_negatives: bool = True, break_is_continue: bool = False,
        continue_is_break: bool = False) -> int:
    """The program's result, or what a reader with one of the misconceptions would compute."""
    total = 0
    for x in nums:
        if x < 0 and continue_is_break:
            break
        if x < 0 and skip_negatives:
            continue
        if x > limit:
            if break_is_continue:
                continue
            break
        total += x
    else:
        total = -total
    return total


def generate(rng: Any, params: dict[str, Any]) -> dict[str, Any]:
    """Return the list, the limit, the output and the three misreadings (all distinct, answer nonzero)."""
    want_break = bool(rng.random() < 0.5)  # half the variants break, half run the else block
    while True:
        limit = int(rng.integers(8, 16))
        top = limit + 6 if want_break else limit + 1
        nums = [int(v) for v in rng.integers(-9, top, size=6)]
        answer = run(nums, limit)
        # misreading the else clause (runs always / never) flips the sign of the printed total
        broke = any(x > limit for x in nums if x >= 0)
        # the third misreading concerns whichever jump statement decides this variant
        jump = run(nums, limit, break_is_continue=True) if broke else run(nums, limit, continue_is_break=True)
        values = [answer, -answer, run(nums, limit, skip_negatives=False), jump]
        if broke == want_break and answer != 0 and len(set(values)) == len(values) and any(x < 0 for x in nums):
            return {"nums": str(nums), "limit": limit, "answer": answer, "else_mistake": values[1],
                    "negatives_mistake": values[2], "jump_mistake": values[3],
                    "broke": broke}
