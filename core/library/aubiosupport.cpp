// SPDX-License-Identifier: GPL-3.0-or-later
#include "aubiosupport.h"

#include <cmath>
#include <numbers>

namespace musiaia::library {

QMutex &aubioLifetimeMutex()
{
    static QMutex mutex;
    return mutex;
}

Spectrum::Spectrum(unsigned size)
    : m_size(size)
    , m_window(new float[size])
    , m_fft(makeAubio<FftPtr>(new_aubio_fft, size))
    , m_input(makeAubio<FvecPtr>(new_fvec, size))
    , m_complex(makeAubio<FvecPtr>(new_fvec, size))
    , m_norm(makeAubio<CvecPtr>(new_cvec, size))
{
    for (unsigned i = 0; i < size; ++i)
        m_window[i] = float(0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * i / size));
}

const float *Spectrum::magnitudes(const float *signal, size_t length, size_t frame)
{
    float *input = m_input->data;
    for (unsigned i = 0; i < m_size; ++i) {
        const size_t at = frame + i;
        input[i] = at < length ? signal[at] * m_window[i] : 0.0f;
    }
    aubio_fft_do_complex(m_fft.get(), m_input.get(), m_complex.get());
    aubio_fft_get_norm(m_complex.get(), m_norm.get());
    return m_norm->norm;
}

} // namespace musiaia::library
