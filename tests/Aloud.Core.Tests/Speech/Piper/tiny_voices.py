#!/usr/bin/python3
"""Writes the tiny ONNX models the Piper tests load (with Debian's python3-onnx): usage tiny_voices.py DIR SYMBOLS.

SYMBOLS is the number of phoneme ids the test config maps. Every model has Piper's input names and types;
their outputs make what the engine fed them visible:
  echo.onnx          output = ids / 1000, then scales / 10               (input, input_lengths, scales)
  echo-sid.onnx      output = ids / 1000, then scales / 10, then sid / 1000   (+ sid)
  echo-bare.onnx     output = ids / 1000                                 (input, input_lengths only)
  wave.onnx          output = 256 samples of a tone per id, silence for id 0 (the pad)
  durations.onnx     wave.onnx plus a second output, the samples each id lasted (not 256: a test sees which is used)
  no-lengths.onnx    only `input`                       (must be refused)
  extra-input.onnx   an input `foo` Piper voices do not have (must be refused)
  int-output.onnx    the audio output as int64          (must be refused)
and, with Kokoro's signature (tokens int64 [1, n], style float [1, 256], speed float [1]; output `waveform`):
  kokoro-echo.onnx        waveform = tokens / 1000, then style[0, 0:2], then speed
  kokoro-old.onnx         the same with an older export's names: input_ids in, audio out
  kokoro-wave.onnx        256 samples of a tone per token, silence for token 0 (the pad)
  kokoro-durations.onnx   kokoro-wave plus a second output, each token's length in samples (int64, not 256)
  kokoro-no-style.onnx    no style input                     (must be refused)
  kokoro-int-speed.onnx   speed as int32                     (must be refused)
  kokoro-int-output.onnx  the audio as int64                 (must be refused)
  voices.npz              af_tiny and bm_tiny [510, 1, 256] (row r starts r / 1000, then 0.5 for af_, 0.25 for bm_),
                          jf_tiny (a Japanese voice, not offered); np.savez, stored
  voices-deflated.npz     the same arrays, deflated (np.savez_compressed)
  bad-*.npz               broken voices files: cut short, float64, Fortran order, a style of 128, not a zip
"""
import math, os, sys
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto as T

out, symbols = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
I = lambda name, t, shape: helper.make_tensor_value_info(name, t, shape)
ids_in, len_in = I('input', T.INT64, [1, 'n']), I('input_lengths', T.INT64, [1])
scales_in, sid_in = I('scales', T.FLOAT, [3]), I('sid', T.INT64, [1])
audio_out = I('output', T.FLOAT, [1, 1, 't'])
flat = numpy_helper.from_array(np.array([1, 1, -1], dtype=np.int64), 'flat')
k_ids, k_scales = numpy_helper.from_array(np.array(0.001, np.float32), 'k_ids'), numpy_helper.from_array(np.array(0.1, np.float32), 'k_scales')


def save(name, nodes, inputs, outputs, inits):
    graph = helper.make_graph(nodes, name, inputs, outputs, inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid('', 13)])
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, os.path.join(out, name + '.onnx'))


def scaled(src, k, dst):
    return [helper.make_node('Cast', [src], [dst + '_f'], to=T.FLOAT),
            helper.make_node('Mul', [dst + '_f', k], [dst + '_m']),
            helper.make_node('Reshape', [dst + '_m', 'flat'], [dst])]


echo = scaled('input', 'k_ids', 'e_ids') + [helper.make_node('Mul', ['scales', 'k_scales'], ['e_s']),
                                           helper.make_node('Reshape', ['e_s', 'flat'], ['e_scales'])]
save('echo', echo + [helper.make_node('Concat', ['e_ids', 'e_scales'], ['output'], axis=2)],
     [ids_in, len_in, scales_in], [audio_out], [flat, k_ids, k_scales])
save('echo-sid', echo + scaled('sid', 'k_ids', 'e_sid') + [helper.make_node('Concat', ['e_ids', 'e_scales', 'e_sid'], ['output'], axis=2)],
     [ids_in, len_in, scales_in, sid_in], [audio_out], [flat, k_ids, k_scales])
save('echo-bare', scaled('input', 'k_ids', 'output'), [ids_in, len_in], [audio_out], [flat, k_ids])

S, rate = 256, 22050
t = np.arange(S) / rate
table = np.stack([0.4 * np.sin(2 * math.pi * (150 + 11 * i) * t) for i in range(symbols)]).astype(np.float32)
table[0] = 0.0
wave = [helper.make_node('Gather', ['table', 'input'], ['g'], axis=0), helper.make_node('Reshape', ['g', 'flat'], ['output'])]
save('wave', wave, [ids_in, len_in, scales_in], [audio_out], [numpy_helper.from_array(table, 'table'), flat])
lengths = np.array([(i % 4 + 1) * 100 for i in range(symbols)], dtype=np.float32)
save('durations', wave + [helper.make_node('Gather', ['lengths', 'input'], ['durations'], axis=0)],
     [ids_in, len_in, scales_in], [audio_out, I('durations', T.FLOAT, [1, 'n'])],
     [numpy_helper.from_array(table, 'table'), numpy_helper.from_array(lengths, 'lengths'), flat])

save('no-lengths', scaled('input', 'k_ids', 'output'), [ids_in], [audio_out], [flat, k_ids])
save('extra-input', scaled('input', 'k_ids', 'output'), [ids_in, len_in, I('foo', T.FLOAT, [1])], [audio_out], [flat, k_ids])
save('int-output', [helper.make_node('Reshape', ['input', 'flat'], ['output'])], [ids_in, len_in],
     [I('output', T.INT64, [1, 1, 't'])], [flat])

# Kokoro: ids 1..SYMBOLS (0 is the pad), 256 samples per token.
tok_in, style_in, speed_in = I('tokens', T.INT64, [1, 'n']), I('style', T.FLOAT, [1, 256]), I('speed', T.FLOAT, [1])
wave_out = I('waveform', T.FLOAT, ['t'])
flat1 = numpy_helper.from_array(np.array([-1], dtype=np.int64), 'flat1')
row = numpy_helper.from_array(np.array([1, -1], dtype=np.int64), 'row')
starts, ends, axes = (numpy_helper.from_array(np.array(v, dtype=np.int64), n) for v, n in (([0], 'st'), ([2], 'en'), ([1], 'ax')))


def kokoro_echo(tokens, out_name):
    return [helper.make_node('Cast', [tokens], ['t_f'], to=T.FLOAT), helper.make_node('Mul', ['t_f', 'k_ids'], ['t_m']),
            helper.make_node('Reshape', ['t_m', 'row'], ['t_r']),
            helper.make_node('Slice', ['style', 'st', 'en', 'ax'], ['s_r']),
            helper.make_node('Mul', ['speed', 'k_one'], ['v_m']),
            helper.make_node('Reshape', ['v_m', 'row'], ['v_r']),
            helper.make_node('Concat', ['t_r', 's_r', 'v_r'], ['cat'], axis=1),
            helper.make_node('Reshape', ['cat', 'flat1'], [out_name])]


echo_inits = [k_ids, numpy_helper.from_array(np.array(1.0, np.float32), 'k_one'), flat1, row, starts, ends, axes]
save('kokoro-echo', kokoro_echo('tokens', 'waveform'), [tok_in, style_in, speed_in], [wave_out], echo_inits)
save('kokoro-old', kokoro_echo('input_ids', 'audio'), [I('input_ids', T.INT64, [1, 'n']), style_in, speed_in],
     [I('audio', T.FLOAT, ['t'])], echo_inits)
k_rate = 24000
kt = np.arange(S) / k_rate
k_table = np.stack([0.4 * np.sin(2 * math.pi * (120 + 13 * i) * kt) for i in range(symbols + 1)]).astype(np.float32)
k_table[0] = 0.0
k_wave = [helper.make_node('Gather', ['k_table', 'tokens'], ['kg'], axis=0), helper.make_node('Reshape', ['kg', 'flat1'], ['waveform'])]
save('kokoro-wave', k_wave, [tok_in, style_in, speed_in], [wave_out], [numpy_helper.from_array(k_table, 'k_table'), flat1])
k_lengths = np.array([(i % 3 + 1) * 50 for i in range(symbols + 1)], dtype=np.int64)
save('kokoro-durations', k_wave + [helper.make_node('Gather', ['k_lengths', 'tokens'], ['durations'], axis=0)],
     [tok_in, style_in, speed_in], [wave_out, I('durations', T.INT64, [1, 'n'])],
     [numpy_helper.from_array(k_table, 'k_table'), numpy_helper.from_array(k_lengths, 'k_lengths'), flat1])
save('kokoro-no-style', k_wave, [tok_in, speed_in], [wave_out], [numpy_helper.from_array(k_table, 'k_table'), flat1])
save('kokoro-int-speed', k_wave, [tok_in, style_in, I('speed', T.INT32, [1])], [wave_out], [numpy_helper.from_array(k_table, 'k_table'), flat1])
save('kokoro-int-output', [helper.make_node('Reshape', ['tokens', 'flat1'], ['waveform'])], [tok_in, style_in, speed_in],
     [I('waveform', T.INT64, ['t'])], [flat1])


def voice(first):
    v = np.full((510, 1, 256), first, dtype=np.float32)
    v[:, 0, 0] = np.arange(510) / 1000
    return v


voices = {'af_tiny': voice(0.5), 'bm_tiny': voice(0.25), 'jf_tiny': voice(0.125)}
np.savez(os.path.join(out, 'voices.npz'), **voices)
np.savez_compressed(os.path.join(out, 'voices-deflated.npz'), **voices)
with open(os.path.join(out, 'voices.npz'), 'rb') as f:
    whole = f.read()
with open(os.path.join(out, 'bad-cut.npz'), 'wb') as f:
    f.write(whole[:len(whole) // 2])
with open(os.path.join(out, 'bad-notzip.npz'), 'wb') as f:
    f.write(b'this is not a zip file at all')
np.savez(os.path.join(out, 'bad-float64.npz'), af_tiny=voice(0.5).astype(np.float64))
np.savez(os.path.join(out, 'bad-fortran.npz'), af_tiny=np.asfortranarray(np.ones((510, 2, 256), dtype=np.float32)))
np.savez(os.path.join(out, 'bad-size.npz'), af_tiny=np.ones((510, 1, 128), dtype=np.float32))
print(out)
