#pragma once
#include "core/milestone.h"

#include <QDate>
#include <QFrame>

class QLabel;
class QProgressBar;

// One milestone at a glance on the dashboard: its name, the count in large type, the ministry's
// sentence ("266 dari 413 teraktivasi · 64,4 %"), a bar of the percentage and the change since
// the comparison date ("+94 sejak 3 Oktober 2025").
class MilestoneCard : public QFrame
{
    Q_OBJECT
public:
    explicit MilestoneCard(const MilestoneDefinition &milestone, QWidget *parent = nullptr);

    void setFigures(int reached, int total, int reachedBefore, const QDate &compareWith);

    QString milestoneCode() const { return m_milestone.code; }
    QString sentence() const;     // "266 of 413 teraktivasi · 64,4 %"
    QString changeText() const;   // "+94 since 3 Oktober 2025"
    // The height the sentence is given, and the height its wrapped lines need at its width.
    int sentenceHeight() const;
    int sentenceHeightNeeded() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The card is as tall as its sentence needs at the width it has: a narrow window (1366
    // pixels is common in the offices) wraps "75.337 dari 83.762 mengajukan kemitraan · 89,9 %"
    // onto a third line, which a height fixed when the card was made cut off.
    void fitSentence();

    MilestoneDefinition m_milestone;
    QLabel *m_name = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_sentence = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_change = nullptr;
};
