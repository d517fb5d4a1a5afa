"""What every peer computes, the way a user's own script would: find the
header row whose first cell is "TT", then for each row below it add the
numbers in the "Số lớp/số cuộc thi" and "Người" columns (D and E) to the
totals of its label (column B). No validation: the peers do less than
StatForm, which keeps the comparison on their side."""

HEADER_MARK = "TT"
LABEL, COUNT, PEOPLE = 1, 3, 4   # columns B, D, E of the 2023 form
HEADER_ROWS = 2                  # "TT … Số lượng" and "Số lớp/số cuộc thi | Người"
SEARCH_ROWS = 30                 # the header is within the first rows


class Totals:
    def __init__(self):
        self.by_label = {}

    def add(self, label, count, people):
        if not label:
            return
        pair = self.by_label.setdefault(label, [0.0, 0.0])
        if isinstance(count, (int, float)):
            pair[0] += count
        if isinstance(people, (int, float)):
            pair[1] += people

    def grand_total(self):
        return sum(c + p for c, p in self.by_label.values())


def add_rows(totals, rows):
    """rows: the sheet's rows as sequences of cell values (None or "" for empty)."""
    start = None
    for index, row in enumerate(rows[:SEARCH_ROWS]):
        if row and row[0] == HEADER_MARK:
            start = index + HEADER_ROWS
            break
    if start is None:
        return False
    for row in rows[start:]:
        if len(row) > PEOPLE:
            totals.add(row[LABEL], row[COUNT], row[PEOPLE])
    return True
