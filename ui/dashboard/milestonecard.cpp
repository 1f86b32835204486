#include "dashboard/milestonecard.h"

#include "core/indonesianformat.h"

#include <QLabel>
#include <QProgressBar>
#include <QResizeEvent>
#include <QVBoxLayout>

MilestoneCard::MilestoneCard(const MilestoneDefinition &milestone, QWidget *parent)
    : QFrame(parent), m_milestone(milestone)
{
    setObjectName(QStringLiteral("milestoneCard"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral(
        "QFrame#milestoneCard { background: white; border: 1px solid #cfd8dc; border-top: 4px solid #b71c1c; border-radius: 4px; }"
        "QFrame#milestoneCard QLabel { border: none; background: transparent; }"
        "QProgressBar { border: none; background: #eceff1; border-radius: 3px; max-height: 6px; }"
        "QProgressBar::chunk { background: #b71c1c; border-radius: 3px; }"));
    setMinimumWidth(200);
    // The cards of a row as tall as the tallest (the grid stretches them), their bars level.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(3);
    m_name = new QLabel(milestone.name, this);
    m_name->setStyleSheet(QStringLiteral("color: #455a64; font-weight: bold;"));
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: #212121; font-size: 22pt; font-weight: bold;"));
    m_sentence = new QLabel(this);
    m_sentence->setStyleSheet(QStringLiteral("color: #37474f;"));
    m_sentence->setWordWrap(true);
    m_sentence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_bar = new QProgressBar(this);
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 1000);
    m_change = new QLabel(this);
    layout->addWidget(m_name);
    layout->addWidget(m_count);
    layout->addWidget(m_sentence);
    layout->addStretch(1);
    layout->addWidget(m_bar);
    layout->addWidget(m_change);
}

void MilestoneCard::setFigures(int reached, int total, int reachedBefore, const QDate &compareWith)
{
    m_count->setText(IndonesianFormat::number(reached));
    //: A milestone card: "266 dari 413 teraktivasi · 64,4 %"; %3 is the milestone's short word.
    m_sentence->setText(tr("%1 of %2 %3 · %4")
                            .arg(IndonesianFormat::number(reached), IndonesianFormat::number(total), m_milestone.label,
                                 IndonesianFormat::percent(reached, total)));
    m_bar->setValue(IndonesianFormat::percentTenths(reached, total));
    const int change = reached - reachedBefore;
    const QString signedChange = change > 0 ? QStringLiteral("+%1").arg(IndonesianFormat::number(change))
                               : change < 0 ? QStringLiteral("−%1").arg(IndonesianFormat::number(-change))
                                            : QStringLiteral("±0");
    //: Change on a milestone card: "+94 sejak 3 Oktober 2025"
    m_change->setText(tr("%1 since %2").arg(signedChange, IndonesianFormat::date(compareWith)));
    m_change->setStyleSheet(change > 0   ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                            : change < 0 ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                         : QStringLiteral("color: #78909c;"));
    setToolTip(tr("%1: %2 of %3 cooperatives as of the chosen date; %4 on %5.")
                   .arg(m_milestone.name, IndonesianFormat::number(reached), IndonesianFormat::number(total),
                        IndonesianFormat::number(reachedBefore), IndonesianFormat::date(compareWith)));
    fitSentence();
}

void MilestoneCard::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitSentence();
}

void MilestoneCard::fitSentence()
{
    // The width the layout gives the sentence at the card's present width (the label's own
    // width may still be the one before this resize).
    const QMargins margins = layout()->contentsMargins();
    const int width = contentsRect().width() - margins.left() - margins.right();
    const int needed = m_sentence->heightForWidth(width);
    if (needed > 0 && needed != m_sentence->minimumHeight())
        m_sentence->setMinimumHeight(needed);
}

int MilestoneCard::sentenceHeight() const
{
    return m_sentence->height();
}

int MilestoneCard::sentenceHeightNeeded() const
{
    return m_sentence->heightForWidth(m_sentence->width());
}

QString MilestoneCard::sentence() const
{
    return m_sentence->text();
}

QString MilestoneCard::changeText() const
{
    return m_change->text();
}
