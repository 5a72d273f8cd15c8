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
print(out)
