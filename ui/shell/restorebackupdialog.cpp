#include "shell/restorebackupdialog.h"

#include "storage/database.h"
#include "widgets/filedialogs.h"
#include "core/indonesianformat.h"
#include "storage/storageerror.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

RestoreBackupDialog::RestoreBackupDialog(Database &database, QWidget *parent) : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Restore from a backup"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setHorizontalHeaderLabels({tr("Made on"), tr("Why"), tr("Cooperatives"), tr("Size"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore..."), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *other = buttons->addButton(tr("&Other file..."), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFileButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_restore, &QPushButton::clicked, this, &RestoreBackupDialog::restoreSelected);
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_restore->setEnabled(row >= 0 && row < m_backups.size() && m_backups.at(row).usable);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { restoreSelected(); });

    load();
    resize(760, 420);
}

QString RestoreBackupDialog::sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(IndonesianFormat::number(qMax<qint64>(1, (bytes + 512) / 1024)));
    return tr("%1 MB").arg(QLocale(QLocale::Indonesian).toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

QString RestoreBackupDialog::describe(const BackupInfo &b)
{
    return tr("%1 (%2) · %3 cooperatives · %4")
        .arg(IndonesianFormat::dateTime(b.madeAt), BackupService::reasonText(b.reason), IndonesianFormat::number(b.cooperatives),
             sizeText(b.sizeBytes));
}

void RestoreBackupDialog::load()
{
    m_backups = BackupService::listBackups(m_database.path());
    const QString folder = QDir::toNativeSeparators(BackupService::backupFolder(m_database.path()));
    m_intro->setText(m_backups.isEmpty()
                         ? tr("There are no backups of this database in \"%1\" yet. Use Other file… to choose a backup kept elsewhere.").arg(folder)
                         : tr("Choose the backup to put back. The database's present state is backed up first, so this can be undone "
                              "by restoring that backup. Backups are kept in \"%1\".")
                               .arg(folder));
    m_table->setRowCount(int(m_backups.size()));
    for (int row = 0; row < m_backups.size(); ++row) {
        const BackupInfo &b = m_backups.at(row);
        auto set = [&](int column, const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            item->setToolTip(QDir::toNativeSeparators(b.path));
            m_table->setItem(row, column, item);
        };
        set(0, IndonesianFormat::dateTime(b.madeAt));
        set(1, BackupService::reasonText(b.reason));
        set(2, b.cooperatives >= 0 ? IndonesianFormat::number(b.cooperatives) : QString(), Qt::AlignRight | Qt::AlignVCenter);
        set(3, sizeText(b.sizeBytes), Qt::AlignRight | Qt::AlignVCenter);
        set(4, b.usable ? tr("checked, good") : b.problem);
        if (!b.usable)
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(row, c)->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_backups.size(); ++row)
        if (m_backups.at(row).usable) {
            m_table->selectRow(row);
            break;
        }
    m_restore->setEnabled(m_table->currentRow() >= 0 && m_backups.value(m_table->currentRow()).usable);
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Choose a backup"), BackupService::backupFolder(m_database.path()),
                                                      tr("Pantau Kopdes database (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    const BackupInfo b = BackupService::inspect(path);
    if (!b.usable) {
        QMessageBox::warning(this, windowTitle(), tr("This file cannot be restored: %1").arg(b.problem));
        return;
    }
    if (confirmAndRestore(b))
        accept();
}

void RestoreBackupDialog::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_backups.size() || !m_backups.at(row).usable)
        return;
    if (confirmAndRestore(m_backups.at(row)))
        accept();
}

bool RestoreBackupDialog::confirmAndRestore(const BackupInfo &b)
{
    QMessageBox ask(QMessageBox::Question, windowTitle(),
                    tr("Put back the backup of %1?").arg(IndonesianFormat::dateTime(b.madeAt)), QMessageBox::NoButton, this);
    ask.setInformativeText(tr("It holds %1 cooperatives (schema version %2). Everything saved after it is replaced by its content; "
                              "the present state is backed up first, so nothing is lost.")
                               .arg(IndonesianFormat::number(b.cooperatives))
                               .arg(b.schemaVersion));
    QPushButton *yes = ask.addButton(tr("Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmRestore"));
    QPushButton *no = ask.addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("cancelRestore"));
    ask.setDefaultButton(no);
    ask.exec();
    if (ask.clickedButton() != yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_result = BackupService::restore(m_database, b.path);
    } catch (const StorageError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(this, windowTitle(), e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    m_result.restored.madeAt = b.madeAt;
    m_result.restored.reason = b.reason;
    QMessageBox done(QMessageBox::Information, windowTitle(),
                     tr("The backup of %1 was restored (%2 cooperatives).").arg(IndonesianFormat::dateTime(b.madeAt), IndonesianFormat::number(b.cooperatives)),
                     QMessageBox::Ok, this);
    done.setInformativeText(tr("The state before the restore is kept as \"%1\".").arg(QDir::toNativeSeparators(m_result.beforeRestore.path)));
    done.setObjectName(QStringLiteral("restoreDone"));
    done.exec();
    return true;
}

bool RestoreBackupDialog::offerForDamaged(Database &database, QWidget *parent)
{
    const BackupInfo latest = BackupService::latestGoodBackup(database.path());
    if (!latest.isValid()) {
        QMessageBox::warning(parent, tr("Pantau Kopdes"),
                             tr("%1\n\nNo good backup of it was found in \"%2\".")
                                 .arg(database.warning(), QDir::toNativeSeparators(BackupService::backupFolder(database.path()))));
        return true;
    }
    QMessageBox box(QMessageBox::Warning, tr("Pantau Kopdes"),
                    tr("The database \"%1\" is damaged: some of its records cannot be read correctly, so nothing more can be saved in it.")
                        .arg(QDir::toNativeSeparators(database.path())),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("damagedQuestion"));
    box.setInformativeText(tr("The newest good backup is from %1. Restoring it puts that backup in place of the damaged file; "
                              "the damaged file is kept beside it for the helpdesk. Work saved after the backup is not in it.\n\n"
                              "Or open the damaged database read-only, to look and print.")
                               .arg(describe(latest)));
    QPushButton *restore = box.addButton(tr("Restore from backup"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreFromBackup"));
    QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::RejectRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return true;
    const QString path = database.path();
    QString aside;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        aside = BackupService::restoreDamaged(database, latest.path);
    } catch (const StorageError &e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::critical(parent, tr("Pantau Kopdes"), e.message());
        return database.isOpen();
    }
    QApplication::restoreOverrideCursor();
    QMessageBox::information(parent, tr("Pantau Kopdes"),
                             tr("The backup of %1 was restored as \"%2\". The damaged file is kept as \"%3\".")
                                 .arg(IndonesianFormat::dateTime(latest.madeAt), QDir::toNativeSeparators(path), QDir::toNativeSeparators(aside)));
    return database.isOpen();
}
