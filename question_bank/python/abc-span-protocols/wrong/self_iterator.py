class Span:
    def __init__(self, start: int, stop: int) -> None:
        self.start, self.stop = start, stop
        self._next = start

    def __len__(self) -> int:
        return max(0, self.stop - self.start)

    def __contains__(self, x: object) -> bool:
        return isinstance(x, int) and self.start <= x < self.stop

    def __iter__(self):
        return self

    def __next__(self) -> int:
        if self._next >= self.stop:
            raise StopIteration
        self._next += 1
        return self._next - 1

    def __getitem__(self, i: int) -> int:
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("Span index out of range")
        return self.start + i
