class Span:
    def __init__(self, start: int, stop: int) -> None:
        self.start, self.stop = start, stop

    def __len__(self) -> int:
        return max(0, self.stop - self.start)

    def __contains__(self, x: object) -> bool:
        return isinstance(x, int) and self.start <= x < self.stop

    def __iter__(self):
        x = self.start
        while x < self.stop:
            yield x
            x += 1

    def __getitem__(self, i: int) -> int:
        n = len(self)
        if not 0 <= i < n:
            raise IndexError("Span index out of range")
        return self.start + i
