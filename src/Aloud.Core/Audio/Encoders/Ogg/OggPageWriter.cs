using System.Buffers.Binary;

namespace Aloud.Audio.Encoders.Ogg;

/// <summary>
/// Writes one logical Ogg bitstream (RFC 3533): packets are laced into pages of at most 255 segments, each
/// page with its header, sequence number, granule position and CRC.
/// </summary>
/// <param name="output">Where the pages go.</param>
/// <param name="serialNumber">The stream's serial number, the same on every page.</param>
internal sealed class OggPageWriter(Stream output, uint serialNumber)
{
    private const int HeaderBytes = 27;
    private const int MaxSegments = 255;
    private const byte FlagContinued = 0x01;
    private const byte FlagBeginOfStream = 0x02;
    private const byte FlagEndOfStream = 0x04;

    // About a second of 32 kbps Opus per page: cheap framing overhead, and seeking stays fine-grained.
    private const int TargetPageBytes = 4096;

    private readonly byte[] _segments = new byte[MaxSegments];
    private readonly byte[] _body = new byte[MaxSegments * 255];
    private int _segmentCount;
    private int _bodyLength;
    private long _granule = -1; // -1 (as the spec says) while no packet has finished on this page
    private bool _startsWithContinuation;
    private uint _sequence;

    /// <summary>Pages written so far.</summary>
    public uint PagesWritten => _sequence;

    /// <summary>
    /// Adds a packet whose end corresponds to <paramref name="granulePosition"/>. With
    /// <paramref name="endOfStream"/>, the packet ends the stream and the last page is written with EOS set.
    /// </summary>
    public void WritePacket(ReadOnlySpan<byte> packet, long granulePosition, bool endOfStream = false)
    {
        int offset = 0;
        while (true)
        {
            if (_segmentCount == MaxSegments)
            {
                // A packet split here goes on over the next page, which must then be flagged as a continuation.
                WritePage(endOfStream: false);
                _startsWithContinuation = offset > 0;
            }

            // Lacing: runs of 255 mean "more follows"; a value below 255 (maybe 0) ends the packet.
            int lace = Math.Min(255, packet.Length - offset);
            _segments[_segmentCount++] = (byte)lace;
            packet.Slice(offset, lace).CopyTo(_body.AsSpan(_bodyLength));
            _bodyLength += lace;
            offset += lace;
            if (lace < 255)
            {
                break;
            }
        }

        _granule = granulePosition;
        if (endOfStream)
        {
            WritePage(endOfStream: true);
        }
        else if (_bodyLength >= TargetPageBytes)
        {
            WritePage(endOfStream: false);
        }
    }

    /// <summary>Ends the current page so the next packet starts a new one (Ogg Opus headers need this).</summary>
    public void FlushPage()
    {
        if (_segmentCount > 0)
        {
            WritePage(endOfStream: false);
        }
    }

    private void WritePage(bool endOfStream)
    {
        var page = new byte[HeaderBytes + _segmentCount + _bodyLength];
        "OggS"u8.CopyTo(page);
        page[4] = 0; // stream structure version
        page[5] = (byte)((_startsWithContinuation ? FlagContinued : 0)
            | (_sequence == 0 ? FlagBeginOfStream : 0)
            | (endOfStream ? FlagEndOfStream : 0));
        BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), _granule);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(14), serialNumber);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(18), _sequence);
        // Bytes 22-25 (the CRC) stay zero while the CRC is computed over the whole page.
        page[26] = (byte)_segmentCount;
        _segments.AsSpan(0, _segmentCount).CopyTo(page.AsSpan(HeaderBytes));
        _body.AsSpan(0, _bodyLength).CopyTo(page.AsSpan(HeaderBytes + _segmentCount));
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), OggCrc.Update(0, page));

        output.Write(page);
        _sequence++;
        _segmentCount = 0;
        _bodyLength = 0;
        _granule = -1;
        _startsWithContinuation = false;
    }
}
