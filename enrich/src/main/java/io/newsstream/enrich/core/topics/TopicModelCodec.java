package io.newsstream.enrich.core.topics;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@link TopicModel} file format (version {@value #VERSION}): the 8 ASCII bytes {@code NSTOPICS}, then a gzip
 * stream of big-endian fields: version, hash bits, class count K, per class its QCode, training
 * example count, SVM bias and calibration bias; the calibration weights (margin, evidence share,
 * log evidence), the keyword-only calibration (share, log evidence, bias), the multi-label
 * threshold, the closed-set flag, the scoring window (body tokens; 0: whole articles), the K weight
 * scales, the training languages (a count, then ISO 639-1 codes), then per feature (ids ascending, delta-coded
 * varints) its IDF and K weights as 16-bit integers (weight = integer × the class's scale). Version 1 files (no
 * window) are read with window 0; versions 1 and 2 (no languages) as English models, which every model this
 * project's trainer wrote before version 3 was.
 * Stateless.
 */
final class TopicModelCodec {
    static final int VERSION = 3;
    private static final byte[] MAGIC = "NSTOPICS".getBytes(StandardCharsets.US_ASCII);

    private TopicModelCodec() {
    }

    static TopicModel read(InputStream raw) throws IOException {
        InputStream buffered = new BufferedInputStream(raw);
        byte[] magic = buffered.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a newsstream topic model (bad magic)");
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(buffered)));
        int version = in.readInt();
        if (version < 1 || version > VERSION) {
            throw new IOException("unsupported topic model version " + version + " (this build reads " + VERSION + ")");
        }
        int bits = in.readInt();
        int k = in.readInt();
        String[] codes = new String[k];
        int[] examples = new int[k];
        float[] svmBias = new float[k];
        float[] calBias = new float[k];
        for (int c = 0; c < k; c++) {
            codes[c] = in.readUTF();
            examples[c] = in.readInt();
            svmBias[c] = in.readFloat();
            calBias[c] = in.readFloat();
        }
        float calMargin = in.readFloat();
        float calShare = in.readFloat();
        float calLog = in.readFloat();
        float priorShare = in.readFloat();
        float priorLog = in.readFloat();
        float priorBias = in.readFloat();
        float threshold = in.readFloat();
        boolean closed = in.readBoolean();
        int window = version >= 2 ? in.readInt() : 0;
        float[] scale = new float[k];
        for (int c = 0; c < k; c++) {
            scale[c] = in.readFloat();
        }
        List<String> languages = new java.util.ArrayList<>();
        int languageCount = version >= 3 ? in.readShort() : 0;
        for (int i = 0; i < languageCount; i++) {
            languages.add(in.readUTF());
        }
        if (version < 3) {
            languages.add("en");
        }
        int n = in.readInt();
        int[] ids = new int[n];
        float[] idf = new float[n];
        float[] w = new float[n * k];
        int last = 0;
        for (int r = 0; r < n; r++) {
            last += readVarint(in);
            ids[r] = last;
            idf[r] = in.readFloat();
            for (int c = 0; c < k; c++) {
                w[r * k + c] = in.readShort() * scale[c];
            }
        }
        return new TopicModel(bits, List.of(codes), examples, svmBias, calBias, calMargin, calShare, calLog,
                priorShare, priorLog, priorBias, threshold, closed, window, languages, ids, idf, w);
    }

    static void write(TopicModel m, OutputStream raw) throws IOException {
        OutputStream buffered = new BufferedOutputStream(raw);
        buffered.write(MAGIC);
        GZIPOutputStream gz = new GZIPOutputStream(buffered, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz));
        int k = m.codes.size();
        out.writeInt(VERSION);
        out.writeInt(m.bits);
        out.writeInt(k);
        for (int c = 0; c < k; c++) {
            out.writeUTF(m.codes.get(c));
            out.writeInt(m.examples[c]);
            out.writeFloat(m.svmBias[c]);
            out.writeFloat(m.calBias[c]);
        }
        for (float f : new float[] {m.calMargin, m.calShare, m.calLogEvidence, m.priorShare, m.priorLogEvidence, m.priorBias, m.threshold}) {
            out.writeFloat(f);
        }
        out.writeBoolean(m.closedSet);
        out.writeInt(m.window);
        for (int c = 0; c < k; c++) {
            out.writeFloat(m.scale[c]);
        }
        out.writeShort(m.languages.size());
        for (String language : m.languages) {
            out.writeUTF(language);
        }
        out.writeInt(m.featureIds.length);
        int last = 0;
        for (int r = 0; r < m.featureIds.length; r++) {
            writeVarint(out, m.featureIds[r] - last);
            last = m.featureIds[r];
            out.writeFloat(m.idf[r]);
            for (int c = 0; c < k; c++) {
                out.writeShort(m.weights[r * k + c]);
            }
        }
        out.flush();
        gz.finish();
        buffered.flush();
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }
}
