"""The one registry of question types: filled once at import, read-only afterwards, duplicate names refused."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

from quizapp.qtypes.base import QuestionType


class Registry(Mapping[str, QuestionType]):
    """Maps a type name (as written in item files) to its single :class:`QuestionType` instance."""

    def __init__(self, types: list[type[QuestionType]]) -> None:
        table: dict[str, QuestionType] = {}
        for cls in types:
            if cls.name in table:
                raise ValueError(f"question type {cls.name!r} is registered twice")
            table[cls.name] = cls()
        self._table = MappingProxyType(table)

    def __getitem__(self, name: str) -> QuestionType:
        return self._table[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)
