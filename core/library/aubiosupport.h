// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <aubio/aubio.h>
// aubio lists its YIN implementations as unstable API; the library exports them all the same.
#include <aubio/pitch/pitchyinfast.h>

#include <QMutex>

#include <memory>

namespace musiaia::library {

// aubio's FFT plans come from FFTW, whose planner is not thread-safe: every aubio object is
// created and destroyed under this lock (running them needs no lock).
QMutex &aubioLifetimeMutex();

template<typename T, void (*Delete)(T *)>
struct AubioDeleter
{
    void operator()(T *object) const
    {
        QMutexLocker lock(&aubioLifetimeMutex());
        Delete(object);
    }
};

template<typename T, void (*Delete)(T *)>
using AubioPtr = std::unique_ptr<T, AubioDeleter<T, Delete>>;

using FvecPtr = AubioPtr<fvec_t, del_fvec>;
using CvecPtr = AubioPtr<cvec_t, del_cvec>;
using FftPtr = AubioPtr<aubio_fft_t, del_aubio_fft>;
using TempoPtr = AubioPtr<aubio_tempo_t, del_aubio_tempo>;
using PitchPtr = AubioPtr<aubio_pitch_t, del_aubio_pitch>;
using YinFastPtr = AubioPtr<aubio_pitchyinfast_t, del_aubio_pitchyinfast>;

// Creates an aubio object under the lock: make<FftPtr>(new_aubio_fft, 2048).
template<typename Ptr, typename Factory, typename... Args>
Ptr makeAubio(Factory factory, Args... args)
{
    QMutexLocker lock(&aubioLifetimeMutex());
    return Ptr(factory(args...));
}

// A Hann-windowed magnitude spectrum, frame by frame, through aubio's FFT.
class Spectrum
{
public:
    explicit Spectrum(unsigned size);
    bool isValid() const { return m_fft && m_input && m_complex && m_norm; }
    unsigned size() const { return m_size; }
    unsigned bins() const { return m_size / 2 + 1; }
    // Windows `size()` samples starting at `frame` (zeros past `length`) and returns the magnitudes.
    const float *magnitudes(const float *signal, size_t length, size_t frame);

private:
    unsigned m_size;
    std::unique_ptr<float[]> m_window;
    FftPtr m_fft;
    FvecPtr m_input;
    FvecPtr m_complex;
    CvecPtr m_norm;
};

} // namespace musiaia::library
