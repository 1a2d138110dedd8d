// CSV files handed to GetUsersFromCsvFile, waiting for SubmitUploadedFile. Not part of the
// tenant's seeded data: the runtime clears them on /__sim/reset.

export interface UploadedCsvFile {
  /** What GetUsersFromCsvFile answers and SubmitUploadedFile takes back. */
  readonly returnId: string
  readonly fileName: string
  readonly text: string
  /** Default field values sent with the file (`{"<FileName>": {...}}`). */
  readonly defaults: Readonly<Record<string, unknown>>
  submitted: boolean
}

export class UploadedCsvFiles {
  private readonly byReturnId = new Map<string, UploadedCsvFile>()
  /** The latest upload of each file name (lower case): the JSON form names a file, not an id. */
  private readonly byFileName = new Map<string, UploadedCsvFile>()

  add(file: UploadedCsvFile): void {
    this.byReturnId.set(file.returnId, file)
    this.byFileName.set(file.fileName.toLowerCase(), file)
  }

  byId(returnId: string): UploadedCsvFile | undefined {
    return this.byReturnId.get(returnId)
  }

  byName(fileName: string): UploadedCsvFile | undefined {
    return this.byFileName.get(fileName.toLowerCase())
  }

  get size(): number {
    return this.byReturnId.size
  }

  clear(): void {
    this.byReturnId.clear()
    this.byFileName.clear()
  }
}
