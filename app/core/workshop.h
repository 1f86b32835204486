#pragma once
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

// A workshop the Dinas holds for KMP boards (the seed: 4 October 2025, 413 invited).
struct Workshop
{
    qint64 id = 0;
    QString title;
    QDate heldOn;
    QString place;
    QString organiser;
    QString notes;
    QDateTime createdAt;   // UTC
    QString createdBy;
};

// Who is invited: the whole area, some kecamatan, or a hand-picked list of cooperatives.
struct InvitationScope
{
    enum class Kind { WholeArea,
                      Districts,
                      Cooperatives };
    Kind kind = Kind::WholeArea;
    QStringList districtCodes;        // for Districts
    QVector<qint64> cooperativeIds;   // for Cooperatives
};

// One invited cooperative as the door screen and the lists show it.
struct AttendanceEntry
{
    qint64 cooperativeId = 0;
    QString villageCode;
    QString cooperativeName;
    QString villageName;
    QString districtCode;
    QString districtName;
    QString chairName;
    QString chairPhone;
    QString phone;
    bool present = false;
    QDateTime markedAt;     // UTC, when present
    QString markedBy;       // the facilitator
    QString attendeeName;   // who came for the cooperative (optional)
    QString attendeeRole;   // "Ketua", "Sekretaris" ...
};

// One line of the attendance history: marks and take-backs are both kept.
struct AttendanceEvent
{
    enum class Action { Present,
                        Withdrawn };
    qint64 id = 0;
    qint64 cooperativeId = 0;
    Action action = Action::Present;
    bool current = false;
    QDateTime recordedAt;   // UTC
    QString recordedBy;
    QString attendeeName;
    QString attendeeRole;
    QString note;
};

struct DistrictAttendance
{
    QString code;
    QString name;
    int invited = 0;
    int present = 0;
    int absent() const { return invited - present; }
};

// The door screen's counters: hadir / belum hadir / total, and per kecamatan.
struct AttendanceCounts
{
    int invited = 0;
    int present = 0;
    int absent() const { return invited - present; }
    QVector<DistrictAttendance> districts;   // sorted by code
};

// What marking a cooperative present did. AlreadyPresent writes nothing and carries the earlier
// mark's time ("sudah hadir pukul 09:14").
struct MarkResult
{
    enum class Status { Marked,
                        AlreadyPresent,
                        NotInvited };
    Status status = Status::Marked;
    AttendanceEntry entry;   // the cooperative, with its (new or earlier) mark
};
