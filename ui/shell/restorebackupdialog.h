#pragma once
#include "storage/backupservice.h"

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// File → Restore…: the database's backups (date, why it was made, cooperatives, size), newest
// first. Restore asks once more with the backup's date and figures, backs up the current state,
// then restores; the caller refreshes its views when exec() returns Accepted.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreBackupDialog(Database &database, QWidget *parent = nullptr);

    // The backup that was restored (after Accepted) and the copy of the state it replaced.
    BackupService::RestoreResult result() const { return m_result; }
    QTableWidget *table() const { return m_table; }
    QPushButton *restoreButton() const { return m_restore; }

    // How the user is told about a backup, in the confirmation and the damaged-database question:
    // "Selasa, 2 Desember 2026 09.30 (harian) · 413 koperasi".
    static QString describe(const BackupInfo &backup);
    static QString sizeText(qint64 bytes);
    // At start-up, for a damaged database: offers the newest backup that passes its checks
    // ("Restore from backup" / "Open read-only"); restores it in place of the damaged file when
    // chosen. Returns false only when the user's database could not be reopened at all.
    static bool offerForDamaged(Database &database, QWidget *parent);

private:
    void load();
    void chooseOtherFile();
    void restoreSelected();
    bool confirmAndRestore(const BackupInfo &backup);

    Database &m_database;
    QVector<BackupInfo> m_backups;
    QTableWidget *m_table = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_restore = nullptr;
    BackupService::RestoreResult m_result;
};
