#pragma once
#include "core/workshop.h"

#include "storage/connection.h"
#include <QVector>

// Workshops, their invited cooperatives and live attendance at the door.
// Every write is one short BEGIN IMMEDIATE transaction, so several facilitators' windows and
// processes on one SQLite file queue on the busy timeout; a method returns only after its
// transaction committed, so whatever the screen then shows as saved is in the file.
// Marks are events: taking one back records a 'withdrawn' event, nothing is deleted.
class WorkshopRepository
{
public:
    explicit WorkshopRepository(Connection db) : m_db(std::move(db)) {}

    // --- Workshops ---
    qint64 create(const Workshop &workshop, const QString &actor);   // returns the new id
    void update(const Workshop &workshop, const QString &actor);     // title, date, place, organiser, notes
    Workshop get(qint64 id) const;                                   // throws StorageError when missing
    bool exists(qint64 id) const;
    QVector<Workshop> list() const;   // newest date first

    // --- Invitations ---
    // Adds the cooperatives of the scope to the invitation list (those already invited stay).
    // Returns how many were added.
    int invite(qint64 workshopId, const InvitationScope &scope, const QString &actor);
    // Removes invitations of cooperatives that have not been marked present; returns how many.
    int uninvite(qint64 workshopId, const QVector<qint64> &cooperativeIds);
    QVector<qint64> invitedIds(qint64 workshopId) const;

    // --- Check-in ---
    // What the door's search box found for a typed or scanned text among the invited
    // cooperatives: a village code ("12.08.30.2002", a scanner's "1208302002", a prefix "120830"),
    // or words of the cooperative's, village's or chair's name. Best match first.
    QVector<AttendanceEntry> lookup(qint64 workshopId, const QString &typed, int limit = 20) const;

    // A scanned or typed village code, checked: malformed, not a cooperative of this database,
    // not invited to this workshop, or found (with its attendance).
    struct CodeLookup
    {
        enum class Status { Found,
                            Malformed,
                            Unknown,
                            NotInvited };
        Status status = Status::Malformed;
        QString villageCode;     // normalised, when well-formed
        AttendanceEntry entry;   // filled when Found or NotInvited
    };
    CodeLookup findByCode(qint64 workshopId, const QString &typed) const;

    // Marks belong to the workshop's day: once that day is over (local time) its figures are in a
    // signed report, and markPresent and takeBack refuse with a StorageError, unless the workshop
    // was reopened today (reopenForToday: a deliberate act, for a mark that was really missed;
    // it lasts until midnight and is kept in the settings, so every desk sees it).
    bool isOpenForMarks(const Workshop &w) const;
    void reopenForToday(qint64 workshopId);
    // Throws the StorageError markPresent and takeBack throw for an ended workshop.
    void ensureOpenForMarks(qint64 workshopId) const;
    // Who recorded a mark, as stored in recorded_by: "Rina (Meja 1)", so the door's records tell
    // the facilitators and desks apart; either part may be empty.
    static QString recorder(const QString &name, const QString &desk);

    // Marks the cooperative present now. A second mark changes nothing and returns AlreadyPresent
    // with the first mark's time; a cooperative that is not invited is refused (NotInvited).
    MarkResult markPresent(qint64 workshopId, qint64 cooperativeId, const QString &attendeeName,
                           const QString &attendeeRole, const QString &actor);
    // Takes a mark back (recorded as a 'withdrawn' event). Returns false when it was not marked.
    bool takeBack(qint64 workshopId, qint64 cooperativeId, const QString &note, const QString &actor);

    // Bulk load of marks with their own times (the demo scenario, an import). One transaction;
    // cooperatives already present or not invited are skipped. Returns how many were marked.
    int importMarks(qint64 workshopId, const QVector<AttendanceEntry> &marks, const QString &actor);

    // --- Figures and lists ---
    // Totals and every kecamatan's counters.
    AttendanceCounts counts(qint64 workshopId) const;
    // Totals only (districts left empty): what the door screen updates after each scan, cheap
    // even for a workshop of a whole province or the country.
    AttendanceCounts totals(qint64 workshopId) const;
    DistrictAttendance districtCounts(qint64 workshopId, const QString &districtCode) const;
    AttendanceEntry entry(qint64 workshopId, qint64 cooperativeId) const;   // cooperativeId 0 when not invited
    // All invited cooperatives, sorted by kecamatan code then village code.
    QVector<AttendanceEntry> entries(qint64 workshopId) const;
    // Those marked present, in the order they arrived.
    QVector<AttendanceEntry> attendees(qint64 workshopId) const;
    // The latest arrivals, newest first (the door screen's list while the search box is empty).
    QVector<AttendanceEntry> recentArrivals(qint64 workshopId, int limit) const;
    // Those not (or no longer) present, grouped by kecamatan (kecamatan code, then village code),
    // with chair and phone for the follow-up calls.
    QVector<AttendanceEntry> absentees(qint64 workshopId) const;
    QVector<AttendanceEvent> history(qint64 workshopId, qint64 cooperativeId) const;

private:
    QVector<AttendanceEntry> select(const QString &where, const QString &order, const QVariantList &values,
                                    const QString &what, int limit = -1) const;
    void recountInvited(qint64 workshopId);
    Connection m_db;
};
