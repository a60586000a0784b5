"""Question types: one small class each, in one read-only registry (see :mod:`quizapp.qtypes.base`)."""

from quizapp.qtypes.base import (
    AnswerFormatError,
    Choice,
    Grade,
    ParsedAnswer,
    QuestionType,
    SelfTestCase,
    Variant,
)
from quizapp.qtypes.choice import MultipleChoice, SingleChoice
from quizapp.qtypes.code import JavaCode, PythonCode, ShellCommand
from quizapp.qtypes.math_types import EquationType, ExpressionType, MatrixType, NumericType, SetType
from quizapp.qtypes.registry import Registry
from quizapp.qtypes.text import ShortText

REGISTRY = Registry(
    [SingleChoice, MultipleChoice, ShortText, NumericType, ExpressionType, EquationType, MatrixType, SetType,
     PythonCode, JavaCode, ShellCommand]
)

__all__ = [
    "REGISTRY", "AnswerFormatError", "Choice", "Grade", "ParsedAnswer", "QuestionType", "Registry",
    "SelfTestCase", "Variant",
]
