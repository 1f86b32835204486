#pragma once
#include <QWidget>

class QLabel;
struct ImportPlan;

// Step 5 of the import: what Apply did, in words that can be copied.
class ImportResultPage : public QWidget
{
    Q_OBJECT
public:
    explicit ImportResultPage(QWidget *parent = nullptr);

    // `importId` 0: the file was refused when it was checked again inside the write.
    void showOutcome(const ImportPlan &plan, qint64 importId, const QString &backupNote);
    void showFailure(const QString &error);
    QString text() const;

private:
    QLabel *m_text = nullptr;
};
