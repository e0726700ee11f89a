#pragma once

class QQmlEngine;

namespace hallq::quick {

// Makes `import HallQ.Quick` work in `engine`: the module is linked in
// statically, so its plugin is imported once per program (this call does it)
// and its resources are on the engine's import path.
void registerModule(QQmlEngine &engine);

// The CJK font every HallQ screen uses (fonts-wqy-microhei on Debian); set as
// the application font so Chinese never renders as boxes.
void useHallFont();

} // namespace hallq::quick
