#include "GatedStore.h"

void GatedStore::commit(const QList<hallq::engine::ChangeSet> &batch)
{
    if (!m_passed.exchange(true)) {
        m_gate.entered.release();
        m_gate.open.acquire();
    }
    m_inner->commit(batch);
}
