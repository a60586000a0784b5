import math
from abc import ABC, abstractmethod


class Shape(ABC):
    ...
