#include "import/importhistorydialog.h"

#include "storage/changewatcher.h"
#include "storage/database.h"
#include "widgets/filedialogs.h"
#include "importer/importer.h"
#include "storage/importrepository.h"
#include "core/indonesianformat.h"
#include "storage/storageerror.h"
#include "io/tableexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

ImportHistoryDialog::ImportHistoryDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every import of this database, newest first. An import can be undone as long as nobody has changed "
                                "the same fields or milestones since."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("When"), tr("Who"), tr("File"), tr("Rows"), tr("Changed"), tr("Rejected"), tr("State")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    v->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("&Save rejected rows as CSV..."), this);
    m_export->setObjectName(QStringLiteral("importHistoryExport"));
    m_export->setToolTip(tr("The rows the import left out, with the reason, to send back to the kecamatan"));
    m_undo = new QPushButton(tr("&Undo import..."), this);
    m_undo->setObjectName(QStringLiteral("importHistoryUndo"));
    auto *close = new QPushButton(tr("Close"), this);
    buttons->addWidget(m_export);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    buttons->addWidget(close);
    v->addLayout(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportHistoryDialog::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoImport(selectedId()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        if (!id)
            return;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString base = QFileInfo(m_table->item(m_table->currentRow(), 3)->text()).completeBaseName();
        const QString path = FileDialogs::getSaveFileName(this, tr("Save rejected rows"),
                                                          QDir(folder).filePath(tr("%1-rejected.csv").arg(base)), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            exportProblems(id, path);
    });
    resize(900, 480);
    reload();
}

void ImportHistoryDialog::reload()
{
    const qint64 keep = selectedId();
    const QVector<ImportRecord> history = ImportRepository(m_context.database->connection()).history();
    m_table->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const ImportRecord &r = history.at(i);
        const bool undo = r.kind == QLatin1String("undo");
        auto *id = new QTableWidgetItem(QString::number(r.id));
        id->setData(Qt::UserRole, r.id);
        id->setData(Qt::UserRole + 1, undo || r.undoneById > 0);   // nothing to undo
        id->setData(Qt::UserRole + 2, r.rejected);
        m_table->setItem(i, 0, id);
        m_table->setItem(i, 1, new QTableWidgetItem(IndonesianFormat::dateTime(r.importedAt.toLocalTime())));
        m_table->setItem(i, 2, new QTableWidgetItem(r.importedBy));
        m_table->setItem(i, 3, new QTableWidgetItem(r.fileName + (r.sheet.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.sheet))));
        m_table->setItem(i, 4, new QTableWidgetItem(QString::number(r.rows)));
        m_table->setItem(i, 5, new QTableWidgetItem(QString::number(r.changed)));
        m_table->setItem(i, 6, new QTableWidgetItem(QString::number(r.rejected)));
        m_table->setItem(i, 7, new QTableWidgetItem(undo ? tr("undo of import %1").arg(r.undoesId) : r.undoneById > 0 ? tr("undone (%1)").arg(IndonesianFormat::dateTime(r.undoneAt.toLocalTime()))
                                                                                                                      : tr("applied")));
    }
    if (keep)
        selectId(keep);
    else if (!history.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

qint64 ImportHistoryDialog::selectedId() const
{
    const auto rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void ImportHistoryDialog::selectId(qint64 id)
{
    for (int i = 0; i < m_table->rowCount(); ++i)
        if (m_table->item(i, 0)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(i);
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const bool any = selectedId() != 0 && row >= 0;
    m_undo->setEnabled(any && !m_table->item(row, 0)->data(Qt::UserRole + 1).toBool());
    m_export->setEnabled(any && m_table->item(row, 0)->data(Qt::UserRole + 2).toInt() > 0);
}

void ImportHistoryDialog::showMessage(const QString &text, bool warning)
{
    m_lastMessage = text;
    if (!isVisible())
        return;   // a test driving the dialog without showing it reads lastMessage()
    if (warning)
        QMessageBox::warning(this, windowTitle(), text);
    else
        QMessageBox::information(this, windowTitle(), text);
}

int ImportHistoryDialog::exportProblems(qint64 id, const QString &path)
{
    try {
        const QVector<ImportProblemRecord> problems = ImportRepository(m_context.database->connection()).problems(id);
        const ImportRecord record = ImportRepository(m_context.database->connection()).get(id);
        // Semicolons: the CSV that Excel on an Indonesian Windows opens in columns.
        std::unique_ptr<TableExporter> out = TableExporter::forPath(path, CsvDialect::excelIndonesian());
        if (!out) {
            showMessage(tr("Save the rejected rows as a .csv file."), true);
            return -1;
        }
        if (!out->begin(path, tr("Rejected rows"),
                        {{tr("File"), ExportColumn::Kind::Text, 24}, {tr("Row"), ExportColumn::Kind::Integer, 6}, {tr("Column"), ExportColumn::Kind::Text, 20}, {tr("Problem"), ExportColumn::Kind::Text, 80}})) {
            showMessage(out->error(), true);
            return -1;
        }
        for (const ImportProblemRecord &p : problems)
            out->addRow({record.fileName, p.row, p.column, p.message});
        if (!out->finish()) {
            showMessage(out->error(), true);
            return -1;
        }
        m_lastMessage = tr("%n rejected row(s) saved to %1.", nullptr, int(problems.size())).arg(QDir::toNativeSeparators(path));
        return int(problems.size());
    } catch (const StorageError &e) {
        showMessage(e.message(), true);
        return -1;
    }
}

bool ImportHistoryDialog::undoImport(qint64 id, bool confirm)
{
    if (!id)
        return false;
    if (confirm) {
        const ImportRecord r = ImportRepository(m_context.database->connection()).get(id);
        const auto answer = QMessageBox::question(
            this, tr("Undo import"),
            tr("Undo import %1 of \"%2\" (%3, by %4)? Every field and milestone it changed goes back to what it was before it.")
                .arg(r.id)
                .arg(r.fileName, IndonesianFormat::dateTime(r.importedAt.toLocalTime()), r.importedBy));
        if (answer != QMessageBox::Yes)
            return false;
    }
    try {
        Importer::undo(m_context.database->connection(), id, m_context.actor);
    } catch (const StorageError &e) {
        showMessage(e.message(), true);
        return false;
    }
    if (m_context.watcher)
        m_context.watcher->notifyLocalChange();
    reload();
    m_lastMessage = tr("Import %1 was undone.").arg(id);
    emit undone(id);
    return true;
}
