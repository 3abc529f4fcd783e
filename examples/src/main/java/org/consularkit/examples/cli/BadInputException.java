package org.consularkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Bad input that is not a usage error: a value the user gave that the library rejects (a date
 * outside a calendar's years, an unknown calendar, post or province), or a file named by the user
 * that cannot be read or written. The command line prints its message on one line and exits with
 * status 2, without the hint to {@code --help} that a usage error carries.
 *
 * <p>A command throws it where it calls the library with a value from the user and the library's
 * documented exception for that call means the value is out of range; any other exception is
 * treated as a bug (exit status 3).
 *
 * <h2>Implementation Requirements</h2>
 * This exception is immutable and thread-safe once thrown.
 */
final class BadInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message naming the bad value.
     *
     * @param message the message, not null
     */
    BadInputException(String message) {
        super(message);
    }

    /**
     * Creates an exception for a library exception caused by a value from the user, with its message.
     *
     * @param cause the library's exception, not null
     */
    BadInputException(RuntimeException cause) {
        super(cause.getMessage() != null ? cause.getMessage() : cause.toString(), cause);
    }

    private BadInputException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Returns the exception for a file named by the user that cannot be read or written; for a
     * file-system error the message is the file and the reason ({@code /x.json: no such file or
     * directory}).
     *
     * @param e the I/O exception, not null
     * @return the exception
     */
    static BadInputException file(IOException e) {
        return new BadInputException(describe(e, e), e);
    }

    /**
     * Returns the exception for a file named by the user that cannot be read or written, naming
     * the file whatever the error: an I/O error that is not a file-system error (a full device,
     * {@code No space left on device}) does not name the file by itself.
     *
     * @param file the file, not null
     * @param e the I/O exception, not null
     * @return the exception: {@code FILE: REASON}
     */
    static BadInputException file(Path file, IOException e) {
        if (e instanceof FileSystemException) {
            return file(e);
        }
        return new BadInputException(file + ": " + (e.getMessage() != null ? e.getMessage() : e.toString()), e);
    }

    /**
     * Returns the exception for a file named by the user that cannot be read or written, from an
     * unchecked I/O exception (its message, then the file and the reason).
     *
     * @param e the unchecked I/O exception, not null
     * @return the exception
     */
    static BadInputException file(UncheckedIOException e) {
        return new BadInputException(describe(e, e.getCause() != null ? e.getCause() : e), e);
    }

    private static String describe(Exception e, Throwable t) {
        if (t instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : f instanceof NoSuchFileException ? "no such file or directory"
                    : f instanceof AccessDeniedException ? "permission denied"
                    : f instanceof FileAlreadyExistsException ? "file already exists"
                    : f.getClass().getSimpleName();
            String prefix = e instanceof UncheckedIOException && e.getMessage() != null
                    && !e.getMessage().equals(t.toString()) ? e.getMessage() + ": " : "";
            return prefix + f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.toString();
    }
}
