package my.app;

/** One example of the README, run as an application would run it, with its answers checked. */
interface Snippet {

    /**
     * Runs the example and checks its answers.
     *
     * @param a where the answers are checked, and what the example printed
     * @throws Exception if the example fails
     */
    void run(Answers a) throws Exception;
}
