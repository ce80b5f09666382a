// What the operating system refused, in words a teacher can act on. Reading the module is
// guarded with positioned messages (load/); what reaches the command's last resort is the
// system refusing a write (a full disk, a read-only folder, no permission), and an errno
// code alone ("ENOSPC") tells a teacher nothing.

/** What the command was doing, by system call. */
const ACTIONS: Record<string, string> = {
  mkdir: 'make the folder',
  open: 'open',
  write: 'write',
  writev: 'write',
  close: 'finish writing',
  fsync: 'finish writing',
  copyfile: 'copy to',
  rename: 'move into place',
  unlink: 'remove',
  rmdir: 'remove',
  rm: 'remove',
  read: 'read',
  scandir: 'read the folder',
  opendir: 'read the folder',
  stat: 'look at',
  lstat: 'look at',
  readlink: 'look at',
  realpath: 'look at',
  access: 'look at'
}

/** What the system said, by errno code. */
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a file stands where a folder is needed',
  EISDIR: 'a folder stands where a file is needed',
  EEXIST: 'something is already there',
  ENOTEMPTY: 'the folder is not empty',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
  ENAMETOOLONG: 'the name is too long',
  EBUSY: 'it is in use',
  EXDEV: 'it is on another disk',
  ELOOP: 'too many symbolic links'
}

/** What the system said, in words and with its code (`permission denied (EACCES)`); the code alone when it has no words here. */
export function systemReason(error: NodeJS.ErrnoException): string {
  const reason = error.code && REASONS[error.code]
  return reason ? `${reason} (${error.code})` : (error.code ?? error.message)
}

/** A system error as a sentence: `cannot make the folder /x: the disk is full (ENOSPC)`. */
export function describeSystemError(error: NodeJS.ErrnoException): string {
  const action = (error.syscall && ACTIONS[error.syscall]) ?? 'write'
  const reason = error.code && REASONS[error.code]
  const what = error.path ?? 'the pack'
  return `cannot ${action} ${what}: ${reason ? `${reason} (${error.code})` : (error.code ?? 'unknown error')}`
}
