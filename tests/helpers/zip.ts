// Read a zip back with yauzl, an independent reader (the pack writes zips with fflate).
import yauzl from 'yauzl'

/** Every entry of the zip in `bytes`, by name, with its bytes and date. */
export function unzip(bytes: Uint8Array): Promise<Map<string, { bytes: Buffer; date: Date }>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, archive) => {
      if (error) return reject(error)
      const files = new Map<string, { bytes: Buffer; date: Date }>()
      archive.on('error', reject)
      archive.on('end', () => resolve(files))
      archive.on('entry', (entry: yauzl.Entry) => {
        archive.openReadStream(entry, (error, stream) => {
          if (error) return reject(error)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            files.set(entry.fileName, { bytes: Buffer.concat(chunks), date: entry.getLastModDate() })
            archive.readEntry()
          })
        })
      })
      archive.readEntry()
    })
  })
}
