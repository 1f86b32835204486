#include "import/importfilepage.h"

#include "storage/database.h"
#include "widgets/filedialogs.h"
#include "import/importerror.h"
#include "import/spreadsheetreader.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

ImportFilePage::ImportFilePage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the spreadsheet to import (Excel .xlsx or .xls, LibreOffice .ods, or CSV). Its rows are matched "
                                "to the cooperatives by the village code (Kode Desa), or by the village name and kecamatan. Nothing "
                                "is changed before you have seen the preview and chosen Apply."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    auto *form = new QFormLayout;
    auto *row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browse = new QPushButton(tr("&Choose file..."), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    form->addRow(tr("File:"), row);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheetLabel = new QLabel(tr("Sheet:"), this);
    form->addRow(m_sheetLabel, m_sheet);
    v->addLayout(form);
    m_fileNote = new QLabel(this);
    m_fileNote->setWordWrap(true);
    m_fileNote->setObjectName(QStringLiteral("importFileNote"));
    v->addWidget(m_fileNote);
    v->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportFilePage::load);
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::pathEdited);
    connect(&m_watcher, &QFutureWatcher<Listing>::finished, this, &ImportFilePage::listingDone);
    m_sheet->hide();
    m_sheetLabel->hide();
}

ImportFilePage::~ImportFilePage()
{
    // A helper still busy with a damaged file is stopped, not waited for at exit.
    if (m_cancel)
        *m_cancel = true;
    m_watcher.waitForFinished();
}

QString ImportFilePage::path() const
{
    return m_path->text().trimmed();
}

void ImportFilePage::setPath(const QString &path)
{
    m_path->setText(path);
    load();
}

QString ImportFilePage::sheet() const
{
    return m_sheet->isVisible() ? m_sheet->currentText() : QString();
}

void ImportFilePage::setNote(const QString &text)
{
    m_fileNote->setText(text);
}

void ImportFilePage::chooseFile()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Import from a file"), QFileInfo(m_path->text()).absolutePath(),
                                                      tr("Spreadsheets (*.xlsx *.xls *.ods *.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    setPath(path);
}

void ImportFilePage::load()
{
    const QString path = this->path();
    if (m_cancel)
        *m_cancel = true;          // the file it was listing is no longer the one
    m_watcher.waitForFinished();   // at once: cancelled, the helper is killed
    m_sheet->clear();
    m_sheet->hide();
    m_sheetLabel->hide();
    m_fileNote->clear();
    m_listedPath.clear();
    m_listingPath = path;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (!path.isEmpty() && QFileInfo(path).isFile() && !Database::isOpenDatabaseFile(path)) {
        m_fileNote->setText(tr("Looking at the sheets of \"%1\"...").arg(QFileInfo(path).fileName()));
        const auto cancel = m_cancel;
        m_watcher.setFuture(QtConcurrent::run([path, cancel] {
            Listing l;
            try {
                l.sheets = SpreadsheetReader::sheetNames(path, cancel.get());
            } catch (const ImportError &e) {
                l.error = e.message();
            }
            return l;
        }));
    } else {
        m_listedPath = path;
    }
    emit fileChanged();
}

void ImportFilePage::listingDone()
{
    if ((m_cancel && *m_cancel) || !m_watcher.isFinished())
        return;   // superseded; the newer listing reports
    const Listing l = m_watcher.result();
    m_fileNote->setText(l.error);
    fillSheets(m_listingPath, l.sheets, QString());
}

void ImportFilePage::showSheets(const QStringList &sheets, const QString &current)
{
    if (m_cancel)
        *m_cancel = true;   // whatever the listing would say, the reading said it first
    m_fileNote->clear();
    fillSheets(path(), sheets, current);
}

void ImportFilePage::fillSheets(const QString &path, const QStringList &sheets, const QString &current)
{
    m_listedPath = path;
    m_sheet->clear();
    m_sheet->addItems(sheets);
    if (!current.isEmpty())
        m_sheet->setCurrentText(current);
    m_sheet->setVisible(sheets.size() > 1);
    m_sheetLabel->setVisible(sheets.size() > 1);
}
