#pragma once

#include "core/Phrase.h"
#include "core/PcmAudio.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace hallq::display {

// The voice clips, by name (<dir>/<name>.wav). Directories are searched in
// order, so a hall's recorded clips (listed first) replace the ones espeak-ng
// generated at build time, clip by clip. Leading and trailing silence is
// trimmed so joined words flow; the chime is synthesised when no chime.wav
// exists. A clip that is missing or unreadable is reported, never guessed.
class ClipLibrary
{
public:
    explicit ClipLibrary(QStringList directories = {});

    void setDirectories(QStringList directories);
    QStringList directories() const { return m_dirs; }

    // The clip, or nullopt with `error` saying why.
    std::optional<PcmAudio> clip(const QString &name, QString *error = nullptr);
    // Names of `names` that cannot be loaded.
    QStringList missing(const QStringList &names);

    // The whole announcement: the chime, then the words `repeat` times with a
    // pause between, at `volume` (0..1). Missing clips are left out (and
    // listed in `missingClips`) so one absent word never silences a call.
    PcmAudio render(const Phrase &phrase, int repeat, double volume, QStringList *missingClips = nullptr);

    static PcmAudio synthesizeChime();
    static PcmAudio trimSilence(const PcmAudio &audio);

private:
    QStringList m_dirs;
    QHash<QString, PcmAudio> m_cache;
};

} // namespace hallq::display
