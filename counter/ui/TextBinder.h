#pragma once

#include <functional>
#include <vector>

namespace hallq::counter::ui {

// Remembers how each text of a widget is set, sets it at once, and sets all
// of them again when the language changes (call apply() from changeEvent).
class TextBinder
{
public:
    void bind(std::function<void()> setText)
    {
        setText();
        m_setters.push_back(std::move(setText));
    }
    void apply() const
    {
        for (const auto &set : m_setters)
            set();
    }

private:
    std::vector<std::function<void()>> m_setters;
};

} // namespace hallq::counter::ui
