#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

// A milestone is data the Dinas can extend (the ministry keeps adding steps), not an enum.
// The default set (musdesus .. pembiayaan) is seeded by the first schema migration.
struct MilestoneDefinition
{
    QString code;     // "akun"; stable key used in JSON, reports and imports
    QString name;     // "Teraktivasi di SIMKOPDES"; what column headers show
    QString label;    // "teraktivasi"; the short word of "266 dari 413 teraktivasi"
    QString phrase;   // "telah teraktivasi di SIMKOPDES"; used in report sentences
    int position = 0;
    bool retired = false;
};

// One line of a cooperative's milestone history. Un-marking is an event too: nothing is deleted.
struct MilestoneEvent
{
    enum class Action { Reach,
                        Unreach };
    qint64 id = 0;
    qint64 cooperativeId = 0;
    QString milestoneCode;
    Action action = Action::Reach;
    QDate reachedOn;        // the date the milestone was reached (reach events)
    bool current = false;   // this reach is the cooperative's present state
    QDateTime recordedAt;   // UTC
    QString recordedBy;
    QString note;
};

// The present state of one milestone for one cooperative, as the registry shows it.
struct MilestoneMark
{
    qint64 cooperativeId = 0;
    QString milestoneCode;
    QDate reachedOn;   // invalid when not reached
    QString note;
};
