"""The home screen (tổng quan): counts, charts of stock and flows, and what to do today.

The figures are read on a worker thread after the window shows, so a million-item database
does not delay the start; ``reload()`` reads them again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QObject,
    QRunnable,
    QStringListModel,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.enums import ItemStatus
from evidence_app.domain.labels import label
from evidence_app.domain.messages import text
from evidence_app.services.core.auth import Actor
from evidence_app.services.core.deadlines import Deadline
from evidence_app.services.dashboard import Dashboard
from evidence_app.services.facade import Services
from ui.common.formats import day, number
from ui.common.view_parts import section_title
from ui.common.widgets import heading
from ui.strings import language, tr

#: Categories shown by name in the chart; the rest are summed as "Khác".
TOP_CATEGORIES = 7


class _Loader(QObject):
    """Carries the worker's result to the GUI thread."""

    loaded = Signal(object)
    failed = Signal(str)


class DashboardView(QWidget):
    #: The figures arrived and are shown (tests wait for it).
    loaded = Signal()
    #: A to-do line was opened: the area that handles it and the record (None: the area).
    openRequested = Signal(str, object)

    def __init__(self, services: Services, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.actor = services, actor
        self.data: Dashboard | None = None
        self.cards = {k: QLabel("…") for k in ("held", "in_storage", "checked_out", "missing")}
        self.status_chart = _chart_view()
        self.category_chart = _chart_view()
        self.flow_chart = _chart_view()
        # A view over a string model: its lines are records (names, codes), not interface text.
        self.todo_model = QStringListModel(self)
        self.todo = QListView()
        self.todo.setModel(self.todo_model)
        self.todo.setObjectName("todo")
        self.todo.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.todo.setWordWrap(True)
        self.todo.setToolTip(tr("dashboard.todo_open"))
        # Enter, or a double click (styles differ on which emits which; opening is idempotent).
        self.todo.activated.connect(lambda index: self.open_line(index.row()))
        self.todo.doubleClicked.connect(lambda index: self.open_line(index.row()))
        #: What each to-do line opens: (area, record id or item code, or None).
        self.todo_targets: list[tuple[str, object]] = []
        self.state = QLabel(tr("dashboard.loading"))
        self._loader = _Loader(self)
        self._loader.loaded.connect(self._show)
        self._loader.failed.connect(self.state.setText)
        self._lay_out()
        QTimer.singleShot(0, self.reload)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("dashboard.title")))
        cards = QHBoxLayout()
        for key, value in self.cards.items():
            cards.addWidget(_card(tr(f"dashboard.{key}"), value))
        layout.addLayout(cards)
        layout.addWidget(self.state)
        grid = QGridLayout()
        grid.addWidget(self.status_chart, 0, 0)
        grid.addWidget(self.category_chart, 0, 1)
        grid.addWidget(self.flow_chart, 1, 0)
        todo = QWidget()
        box = QVBoxLayout(todo)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(section_title(tr("dashboard.todo")))
        box.addWidget(self.todo, 1)
        grid.addWidget(todo, 1, 1)
        layout.addLayout(grid, 1)

    def reload(self) -> None:
        """Read the figures on a worker thread; they show when they arrive."""
        services, actor, loader = self.services, self.actor, self._loader

        def work() -> None:
            try:
                loader.loaded.emit(services.dashboard.summary(actor))
            except Exception as exc:  # noqa: BLE001 - shown in the screen, never lost
                loader.failed.emit(str(exc))

        QThreadPool.globalInstance().start(QRunnable.create(work))

    @Slot(object)
    def _show(self, data: Dashboard) -> None:
        self.data = data
        counts = dict(data.by_status)
        self.cards["held"].setText(number(data.held))
        for key, status in (
            ("in_storage", ItemStatus.IN_STORAGE),
            ("checked_out", ItemStatus.CHECKED_OUT),
            ("missing", ItemStatus.MISSING),
        ):
            self.cards[key].setText(number(counts.get(status, 0)))
        self.state.hide()
        self._status_chart(data)
        self._category_chart(data)
        self._flow_chart(data)
        self._todo(data)
        self.loaded.emit()

    def _status_chart(self, data: Dashboard) -> None:
        series = QPieSeries()
        for status, n in data.by_status:
            if n:
                series.append(f"{label(status, language())} ({number(n)})", n)
        chart = _chart(tr("dashboard.by_status"))
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.status_chart.setChart(chart)

    def _category_chart(self, data: Dashboard) -> None:
        top = list(data.by_category[:TOP_CATEGORIES])
        rest = sum(n for _c, n in data.by_category[TOP_CATEGORIES:])
        names = [label(c, language()) for c, _n in top] + ([tr("dashboard.other")] if rest else [])
        values = [n for _c, n in top] + ([rest] if rest else [])
        bars = QBarSet(tr("dashboard.held"))
        bars.append([float(v) for v in reversed(values)])
        series = QHorizontalBarSeries()
        series.append(bars)
        chart = _chart(tr("dashboard.by_category"))
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(list(reversed(names)))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values_axis = _count_axis(max(values, default=0))
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values_axis)
        chart.legend().hide()
        self.category_chart.setChart(chart)

    def _flow_chart(self, data: Dashboard) -> None:
        received, closed = QBarSet(tr("dashboard.received")), QBarSet(tr("dashboard.closed"))
        received.append([float(f.received) for f in data.flows])
        closed.append([float(f.closed) for f in data.flows])
        series = QBarSeries()
        series.append(received)
        series.append(closed)
        first, last = data.flows[0].month, data.flows[-1].month
        span = f" ({first[5:]}/{first[:4]} – {last[5:]}/{last[:4]})" if data.flows else ""
        chart = _chart(tr("dashboard.flows") + span)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([str(int(f.month[5:])) for f in data.flows])  # month numbers fit
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        top = max((max(f.received, f.closed) for f in data.flows), default=0)
        values_axis = _count_axis(top)
        chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values_axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.flow_chart.setChart(chart)

    def _todo(self, data: Dashboard) -> None:
        lines = [self._deadline_line(d, data.today) for d in data.deadlines]
        targets: list[tuple[str, object]] = [(d.area, d.ref_id) for d in data.deadlines]
        for code, name, due in data.my_checkouts:
            lines.append(tr("dashboard.my_checkout", code=code, name=name, due=day(due)))
            targets.append(("checkouts", None))
        if data.pending_approvals:
            lines.append(tr("dashboard.approvals", count=number(data.pending_approvals)))
            targets.append(("releases", None))
        if data.pending_case_records:
            # Case outcomes, payments and corrections awaiting the head (issue 19).
            lines.append(tr("dashboard.case_records", count=number(data.pending_case_records)))
            targets.append(("case_confirmations", None))
        if data.open_stocktakes:
            lines.append(tr("dashboard.stocktakes", count=number(data.open_stocktakes)))
            targets.append(("stocktakes", None))
        self.todo_targets = targets
        self.todo_model.setStringList(lines or [tr("dashboard.nothing")])

    def open_line(self, row: int) -> None:
        """Open what the ``row``-th to-do line names (Enter or a double click on it)."""
        if 0 <= row < len(self.todo_targets):
            self.openRequested.emit(*self.todo_targets[row])

    def _deadline_line(self, d: Deadline, today: date) -> str:
        what = text(d.kind, language())
        subject = d.subject_text(language())
        line = tr("dashboard.deadline", due=day(d.due_on), what=what, subject=subject)
        late = (today - d.due_on).days
        return f"{line} ({tr('dashboard.overdue', days=late)})" if late > 0 else line

    def todo_lines(self) -> list[str]:
        return list(self.todo_model.stringList())


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setBackgroundRoundness(0)
    return chart


def _count_axis(top: int) -> QValueAxis:
    """Whole numbers from 0, with as many ticks as there are whole steps (at most 6)."""
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(top, 1))
    if top <= 5:
        axis.setTickCount(max(top, 1) + 1)
    else:
        axis.applyNiceNumbers()
    return axis


def _chart_view() -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(200)
    return view


def _card(caption: str, value: QLabel) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    font = value.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    value.setFont(font)
    layout.addWidget(QLabel(caption))
    layout.addWidget(value)
    return frame
